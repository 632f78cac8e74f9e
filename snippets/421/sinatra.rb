require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 421
    json message: 'Misdirected Request'
end

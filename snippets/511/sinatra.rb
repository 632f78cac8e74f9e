require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 511
    json message: 'Network Authentication Required'
end

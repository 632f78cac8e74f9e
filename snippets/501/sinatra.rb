require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 501
    json message: 'Not Implemented'
end
